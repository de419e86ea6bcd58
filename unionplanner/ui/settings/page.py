"""Cài đặt page: office details and signers, departments, data folder, backups, language."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionplanner.core import paths
from unionplanner.domain.office.service import (
    OfficeDetails,
    get_office,
    list_departments,
    save_departments,
    save_office,
)
from unionplanner.domain.storage import backup
from unionplanner.domain.storage.settings import get_setting, set_setting
from unionplanner.ui.settings.mail_dialog import MailBox
from unionplanner.ui.shell import labels
from unionplanner.ui.shell.context import BACKUPS, OFFICE, AppContext
from unionplanner.ui.shell.table_model import (
    OBJECT_ROLE,
    Column,
    EditableTableModel,
    RecordTableModel,
)
from unionplanner.ui.startup.demo import DemoBox


def _editable_table(model: EditableTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.setMinimumHeight(110)
    return view


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        inner = QWidget()
        layout = QVBoxLayout(inner)
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.demo_box = DemoBox(ctx)  # only while the demo data is loaded
        layout.addWidget(self.demo_box)
        layout.addWidget(self._office_box())
        layout.addWidget(self._data_box())
        self.mail_box = MailBox(ctx)
        layout.addWidget(self.mail_box)
        layout.addWidget(self._language_box())
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    # --- office -----------------------------------------------------------------------
    def _office_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Office"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. CÔNG ĐOÀN PHƯỜNG AN HÒA"))
        self.parent_body = QLineEdit()
        self.parent_body.setPlaceholderText(self.tr("e.g. LĐLĐ TỈNH BÌNH ĐỊNH"))
        self.place = QLineEdit()
        self.symbol = QLineEdit()
        self.symbol.setPlaceholderText(self.tr("e.g. LĐLĐ (as in 45/KH-LĐLĐ)"))
        self.level = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Office name"), self.name)
        form.addRow(self.tr("Parent body"), self.parent_body)
        form.addRow(self.tr("Place (for dates)"), self.place)
        form.addRow(self.tr("Issuer symbol"), self.symbol)
        form.addRow(self.tr("Level"), self.level)
        self.signers = EditableTableModel(
            ["authority", "title", "name"],
            [self.tr("Authority (TM./KT.)"), self.tr("Title"), self.tr("Full name")], self)
        self.departments = EditableTableModel(
            ["name", "short_name"], [self.tr("Department"), self.tr("Short name")], self)
        self.signers_view = _editable_table(self.signers)
        self.departments_view = _editable_table(self.departments)
        self.save_button = QPushButton(self.tr("Save office details"))
        self.save_button.clicked.connect(self.save_office)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        for label, view, model in ((self.tr("Signers"), self.signers_view, self.signers),
                                   (self.tr("Departments"), self.departments_view,
                                    self.departments)):
            row = QHBoxLayout()
            row.addWidget(QLabel(label))
            row.addStretch(1)
            add = QPushButton(self.tr("Add row"))
            remove = QPushButton(self.tr("Remove row"))
            add.clicked.connect(lambda _=False, m=model, v=view: v.setCurrentIndex(
                m.index(m.add_row(), 0)))
            remove.clicked.connect(lambda _=False, m=model, v=view: m.remove_row(
                v.currentIndex().row()))
            row.addWidget(add)
            row.addWidget(remove)
            layout.addLayout(row)
            layout.addWidget(view)
        layout.addWidget(self.save_button)
        return box

    def save_office(self) -> None:
        details = OfficeDetails(
            name=self.name.text(), parent_body=self.parent_body.text(),
            place=self.place.text(), symbol=self.symbol.text(), level=self.level.text(),
            signers=[{k: r.get(k, "") for k in ("authority", "title", "name")}
                     for r in self.signers.rows() if any(r.values())])
        departments = self.departments.rows()

        def save(session):
            save_office(session, details)
            save_departments(session, departments)

        from unionplanner.core.errors import UserError

        try:
            self.ctx.write_now(save, topics={OFFICE})
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Settings"), exc.message)
            return
        QMessageBox.information(self, self.tr("Settings"), self.tr("Office details saved."))

    # --- data and backups ---------------------------------------------------------------
    def _data_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data and backups"))
        from sqlalchemy.engine import make_url

        db_file = self.ctx.db.file
        self.location = QLabel(str(db_file) if db_file else make_url(self.ctx.db.url)
                               .render_as_string(hide_password=True))
        self.location.setWordWrap(True)
        self.server_button = QPushButton(self.tr("Shared server…"))
        self.server_button.clicked.connect(self.choose_server)
        self.local_button = QPushButton(self.tr("Use the data on this PC"))
        self.local_button.clicked.connect(self.use_local)
        from unionplanner.ui.settings.server_dialog import saved_server_url

        self.local_button.setEnabled(saved_server_url() is not None)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(
            str(db_file.parent if db_file else paths.data_dir()))))
        self.keep_days = QSpinBox()
        self.keep_days.setRange(1, 3650)
        self.keep_days.setSuffix(self.tr(" days"))
        self.keep_days.editingFinished.connect(self._save_keep_days)
        self.backups = RecordTableModel([
            Column(self.tr("Made"), lambda b: b.made.strftime("%d/%m/%Y %H:%M:%S"),
                   sort=lambda b: b.made.isoformat()),
            Column(self.tr("Kind"), lambda b: labels.backup_kind_label(b.kind)),
            Column(self.tr("Size"), lambda b: f"{labels.number(max(1, b.size // 1024))} KB",
                   sort=lambda b: b.size, numeric=True),
        ], self)
        self.backups_view = QTableView()
        self.backups_view.setModel(self.backups)
        self.backups_view.verticalHeader().setVisible(False)
        self.backups_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.backups_view.setMinimumHeight(140)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore selected backup…"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        usable = db_file is not None
        self.backup_button.setEnabled(usable)
        self.restore_button.setEnabled(usable and not self.ctx.db.read_only)
        form = QFormLayout()
        form.addRow(self.tr("Database"), self.location)
        places = QHBoxLayout()
        for button in (open_folder, self.server_button, self.local_button):
            places.addWidget(button)
        places.addStretch(1)
        form.addRow("", places)
        form.addRow(self.tr("Keep automatic backups for"), self.keep_days)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(self.backups_view)
        layout.addLayout(buttons)
        return box

    def choose_server(self) -> None:
        """Settings of the shared PostgreSQL server, used from the next start."""
        from unionplanner.ui.settings.server_dialog import ServerDialog

        dialog = ServerDialog(self.ctx.runner, self)
        if dialog.exec():
            self.local_button.setEnabled(True)
            QMessageBox.information(self, self.tr("Shared server"), self.tr(
                "From the next start UnionPlanner opens the shared server's database. Close "
                "and reopen the program to use it."))

    def use_local(self) -> None:
        from unionplanner.ui.settings.server_dialog import forget_server

        forget_server()
        self.local_button.setEnabled(False)
        QMessageBox.information(self, self.tr("Shared server"), self.tr(
            "From the next start UnionPlanner opens the data on this PC again."))

    def _save_keep_days(self) -> None:
        if not self.ctx.db.read_only:
            days = self.keep_days.value()
            self.ctx.write_now(lambda s: set_setting(s, "backup_keep_days", days), topics=set())

    def backup_now(self):
        db_file = self.ctx.db.file
        assert db_file is not None  # the button is shown for a database file only
        return self.ctx.runner.run(
            lambda progress, cancel: backup.backup_database(db_file),
            label=self.tr("Backing up"), cancellable=False,
            on_done=lambda path: self.ctx.notify(BACKUPS))

    def restore_selected(self) -> None:
        rows = self.backups_view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Restore"),
                                    self.tr("Select a backup in the list first."))
            return
        info = rows[0].data(OBJECT_ROLE)
        answer = QMessageBox.question(
            self, self.tr("Restore"),
            labels.fill(self.tr("Replace all current data with the backup made on %1? The "
                                "current data is backed up first."),
                        info.made.strftime("%d/%m/%Y %H:%M")))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.restore(info.path)

    # --- language -----------------------------------------------------------------------
    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        current = QSettings().value("ui/language", "vi")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_changed)
        light = QLabel(self.tr("The program keeps its light colours, also when Windows is set "
                               "to dark mode, so that text, tables and charts stay readable."))
        light.setWordWrap(True)
        light.setObjectName("hint")
        layout = QFormLayout(box)
        layout.addRow(self.tr("Interface language"), self.language)
        layout.addRow(light)
        return box

    def _language_changed(self) -> None:
        QSettings().setValue("ui/language", self.language.currentData())
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language is used from the next start."))

    # --- refresh --------------------------------------------------------------------------
    def _on_changed(self, topics: set[str]) -> None:
        if topics & {OFFICE, BACKUPS}:
            self.refresh()

    def refresh(self) -> None:
        office, departments, keep = self.ctx.read(lambda s: (
            get_office(s),
            [{"id": d.id, "name": d.name, "short_name": d.short_name}
             for d in list_departments(s)],
            get_setting(s, "backup_keep_days")))
        office = office or OfficeDetails(name="")
        self.name.setText(office.name)
        self.parent_body.setText(office.parent_body)
        self.place.setText(office.place)
        self.symbol.setText(office.symbol)
        self.level.setText(office.level)
        self.signers.set_rows(office.signers)
        self.departments.set_rows(departments)
        self.keep_days.setValue(int(keep))
        if self.ctx.db.file is not None:
            self.backups.set_records(backup.list_backups(self.ctx.db.file))
