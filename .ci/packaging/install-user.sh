#!/bin/sh
# Install UnionPlanner from this folder for the current user only (no root needed):
# the program in ~/.local/opt/UnionPlanner, a menu entry and its icon. Run it again to
# upgrade. Your data stays in ~/.local/share/UnionPlanner and is never touched here.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
TARGET="$HOME/.local/opt/UnionPlanner"
mkdir -p "$HOME/.local/opt" "$SHARE/applications" "$SHARE/icons/hicolor/scalable/apps"
rm -rf "$TARGET.new"
cp -a "$HERE/UnionPlanner" "$TARGET.new"
rm -rf "$TARGET"
mv "$TARGET.new" "$TARGET"
cp "$HERE/unionplanner.svg" "$SHARE/icons/hicolor/scalable/apps/unionplanner.svg"
sed "s|^Exec=.*|Exec=$TARGET/unionplanner|" "$HERE/unionplanner.desktop" \
  > "$SHARE/applications/unionplanner.desktop"
echo "Đã cài UnionPlanner vào $TARGET. Mở từ menu ứng dụng (Văn phòng → UnionPlanner)."
