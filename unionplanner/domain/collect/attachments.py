"""The spreadsheets a message carries: its attachments named .xlsx .xlsm .xls .ods .csv, and
those inside a .zip (one zip inside another is opened too, no deeper). Names come decoded
however the sender's program wrote them (RFC 2231 parameters, RFC 2047 encoded-words, zip
names in UTF-8 or the old DOS code page).

Everything that cannot be taken is refused with one Vietnamese sentence naming the file and
what to ask the unit for — never silently dropped: a password-protected zip, a zip bomb
(members that unpack to more than :data:`MAX_UNPACKED`, or at a ratio no spreadsheet has), a
file over :data:`MAX_FILE_BYTES`, a message with more than :data:`MAX_FILES` spreadsheets, a
part that cannot be decoded. Pictures (a signature, a logo), text and quoted replies are not
files to import and are passed over.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from pathlib import PurePosixPath, PureWindowsPath

from unionplanner.domain.collect.mailbox import decoded

#: what the import reads (the same list as a folder's import)
SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
#: one file's largest size (bytes): the import refuses larger workbooks anyway
MAX_FILE_BYTES = 32 * 2**20
#: what one zip may unpack to in all (bytes), and the largest ratio unpacked/packed of a
#: member (spreadsheets pack 5–20×; a bomb packs 1000×)
MAX_UNPACKED = 200 * 2**20
MAX_RATIO = 200
#: the most spreadsheets one message may carry (more is not a return: a whole archive)
MAX_FILES = 100
_ZIP_DEPTH = 2


@dataclass
class Found:
    """A spreadsheet found in a message: its ``name`` (a file inside a zip:
    "Bao cao.zip/HC001.xlsx") and bytes."""

    name: str
    data: bytes


@dataclass
class Contents:
    """What a message carries: the spreadsheets ``found``, the files ``refused`` (name →
    one Vietnamese sentence) and ``defects``: what was wrong with the message's structure
    (the parts that could be read are still taken)."""

    found: list[Found] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    defects: list[str] = field(default_factory=list)


def parse_message(raw: bytes) -> EmailMessage:
    """The message as parsed leniently (malformed MIME gives defects, not errors)."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return message


def contents_of(raw: bytes, label: str) -> Contents:
    """The spreadsheets of message ``raw`` (``label`` names the message in sentences:
    "thư của hc001@… ngày 05/06/2025")."""
    contents = Contents()
    try:
        message = parse_message(raw)
        parts = list(message.walk())
    except Exception as exc:  # the email package can still fail on some broken structures
        contents.defects.append(f"Thư {label} hỏng cấu trúc, không đọc được ({exc}); hãy mở "
                                "thư trong hộp thư và lưu tệp đính kèm bằng tay.")
        return contents
    for index, part in enumerate(parts):
        if part.is_multipart():
            continue
        name = _file_name(part)
        if not name:
            continue
        lower = name.lower()
        if not lower.endswith((*SPREADSHEETS, ".zip")):
            continue
        try:
            data = part.get_payload(decode=True)
        except Exception:  # a broken transfer encoding
            data = None
        if not isinstance(data, bytes) or (not data and part.get_payload()):
            contents.refused[name] = (f"Tệp \"{name}\" trong thư {label} hỏng, không giải mã "
                                      "được; hãy đề nghị đơn vị gửi lại.")
            continue
        if len(data) > MAX_FILE_BYTES:
            contents.refused[name] = (f"Tệp \"{name}\" trong thư {label} lớn "
                                      f"{len(data) / 2**20:.0f} MB, quá "
                                      f"{MAX_FILE_BYTES // 2**20} MB: không phải một báo cáo; "
                                      "hãy đề nghị đơn vị gửi đúng tệp báo cáo.")
            continue
        if lower.endswith(".zip"):
            contents.found.extend(_unzip(name, data, label, contents, depth=1))
        else:
            contents.found.append(Found(name, data))
        if index and len(contents.found) > MAX_FILES:
            break
    if len(contents.found) > MAX_FILES:
        count = len(contents.found)
        contents.found.clear()
        contents.refused["*"] = (f"Thư {label} mang hơn {MAX_FILES} tệp bảng tính: chưa nhận "
                                 "tệp nào của thư này. Hãy lưu các tệp vào một thư mục rồi nhập "
                                 f"thư mục đó ({count} tệp trở lên).")
    for defect in getattr(message, "defects", [])[:3]:
        contents.defects.append(f"Thư {label} có lỗi cấu trúc ({type(defect).__name__}); các "
                                "tệp đọc được vẫn được nhận.")
    return contents


def _file_name(part: Message) -> str:
    """The attachment's file name, decoded, without any folder part."""
    try:
        name = part.get_filename() or part.get_param("name", header="content-type")
    except Exception:
        name = None
    if isinstance(name, tuple):  # an RFC 2231 value the parser left raw
        name = str(name[2])
    text = decoded(name or "")
    return _base_name(text)


def _base_name(text: str) -> str:
    """The last part of a path written with either slash; no control characters."""
    text = "".join(c for c in text if c.isprintable())
    return PureWindowsPath(PurePosixPath(text).name).name.strip()


def _unzip(name: str, data: bytes, label: str, contents: Contents,
           depth: int) -> list[Found]:
    """The spreadsheets of zip ``name``, in the zip's order (a zip inside it opened in its
    place); a zip that is unsafe or locked gives none, its refusal in ``contents``."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [i for i in archive.infolist() if not i.is_dir() and _wanted(i.filename)]
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        contents.refused[name] = (f"Tệp nén \"{name}\" trong thư {label} hỏng, không mở được; "
                                  "hãy đề nghị đơn vị gửi lại các tệp (không cần nén).")
        return []
    if any(info.flag_bits & 0x1 for info in members):
        contents.refused[name] = (f"Tệp nén \"{name}\" trong thư {label} có đặt mật khẩu: "
                                  "chương trình không mở được. Hãy đề nghị đơn vị gửi lại "
                                  "không đặt mật khẩu.")
        return []
    unpacked = sum(info.file_size for info in members)
    too_big = (f"Tệp nén \"{name}\" trong thư {label} giải nén ra quá lớn hoặc quá nhiều tệp "
               "(có thể là tệp độc hại): không mở. Hãy đề nghị đơn vị gửi riêng từng tệp báo "
               "cáo.")
    if unpacked > MAX_UNPACKED or len(members) > MAX_FILES * 2 or any(
            info.file_size > MAX_RATIO * max(info.compress_size, 1) + 2**20
            or info.file_size > MAX_FILE_BYTES for info in members):
        contents.refused[name] = too_big
        return []
    taken: list[Found] = []
    for info in members:
        inner = _member_name(info)
        try:
            with archive.open(info) as member:
                body = member.read(MAX_FILE_BYTES + 1)  # whatever the header claims
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError,
                RuntimeError):
            contents.refused[f"{name}/{inner}"] = (
                f"Tệp \"{inner}\" trong tệp nén \"{name}\" (thư {label}) hỏng; hãy đề nghị "
                "đơn vị gửi lại.")
            continue
        if len(body) > MAX_FILE_BYTES:  # the header lied about the size
            contents.refused[name] = too_big
            return []
        if not inner.lower().endswith(".zip"):
            taken.append(Found(f"{name}/{inner}", body))
        elif depth >= _ZIP_DEPTH:
            contents.refused[f"{name}/{inner}"] = (
                f"Tệp nén \"{inner}\" nằm trong tệp nén lồng nhiều lớp \"{name}\" (thư "
                f"{label}): không mở. Hãy đề nghị đơn vị gửi các tệp không nén.")
        else:
            taken.extend(_unzip(f"{name}/{inner}", body, label, contents, depth + 1))
    return taken


def _wanted(filename: str) -> bool:
    parts = PurePosixPath(filename.replace("\\", "/")).parts
    if not parts or any(p.startswith(".") or p == "__MACOSX" for p in parts):
        return False
    return filename.lower().endswith((*SPREADSHEETS, ".zip"))


def _member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as its writer meant it: UTF-8 when flagged; otherwise Windows'
    compressed folders wrote the DOS code page, and many tools UTF-8 without the flag."""
    name = info.filename
    if not info.flag_bits & 0x800:
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            name = name.encode("cp437").decode("utf-8")
    return _base_name(name.replace("\\", "/")) or "tep"
