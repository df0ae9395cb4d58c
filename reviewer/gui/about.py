"""Help > About: the version, the licence and what it means, and the bundled components.

The components are what the frozen build carries (build.spec), with their licences; the
README's table says the same. Versions are read from the installed metadata, never by
importing a package.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer import __version__
from reviewer.gui.theme import icon_path

LICENCE = "AGPL-3.0-or-later"


@dataclass(frozen=True)
class Component:
    name: str
    licence: str
    distribution: str = ""  # the installed Python distribution that tells its version


COMPONENTS = (
    Component("Qt", "LGPL-3.0"),
    Component("PySide6 / Shiboken6", "LGPL-3.0", "pyside6-essentials"),
    Component("PyMuPDF (MuPDF)", "AGPL-3.0", "pymupdf"),
    Component("Whoosh (whoosh-reloaded)", "BSD-2-Clause", "whoosh-reloaded"),
    Component("sqlite-utils", "Apache-2.0", "sqlite-utils"),
    Component("python-docx", "MIT", "python-docx"),
    Component("lxml", "BSD-3-Clause", "lxml"),
    Component("platformdirs", "MIT", "platformdirs"),
    Component("Python", "PSF-2.0"),
)
# Small dependencies of the above, bundled too; their licence files travel with them.
ALSO_BUNDLED = (
    "click",
    "click-default-group",
    "sqlite-fts4",
    "tabulate",
    "python-dateutil",
    "pluggy",
    "typing-extensions",
    "cached-property",
)


def component_version(component: Component) -> str:
    if component.name == "Qt":
        return qVersion()
    if component.name == "Python":
        return platform.python_version()
    try:
        return version(component.distribution)
    except PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("About reviewer"))
        self.resize(600, 500)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licence_label = QLabel(self._licence_text())
        self.licence_label.setObjectName("aboutLicence")
        self.licence_label.setWordWrap(True)
        self.components = self._components()
        also = QLabel(
            self.tr("Also bundled, each under its own licence: %1.").replace(
                "%1", ", ".join(ALSO_BUNDLED)
            )
        )
        also.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self.licence_label)
        layout.addWidget(self.components, 1)
        layout.addWidget(also)
        layout.addWidget(buttons)

    def _header(self) -> QHBoxLayout:
        mark = QLabel()
        mark.setPixmap(QPixmap(str(icon_path(64))))
        title = QLabel("reviewer")
        title.setObjectName("aboutTitle")
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(self.version_label)
        texts.addWidget(QLabel(self.tr("Offline review of French legislative texts.")))
        header = QHBoxLayout()
        header.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(texts, 1)
        return header

    def _licence_text(self) -> str:
        return self.tr(
            "reviewer is free software under the GNU Affero General Public License, version 3 "
            "or any later version (%1), and comes with no warranty. It includes PyMuPDF, "
            "whose AGPL-3.0 licence requires that whoever receives this program can also "
            "receive its complete source code, under the same licence."
        ).replace("%1", LICENCE)

    def _components(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        QTreeWidgetItem(tree, ["reviewer", __version__, LICENCE])
        for component in COMPONENTS:
            row = [component.name, component_version(component), component.licence]
            QTreeWidgetItem(tree, row)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return tree

    def licences(self) -> dict[str, str]:
        """Component name -> licence, as listed."""
        items = (
            self.components.topLevelItem(i) for i in range(self.components.topLevelItemCount())
        )
        return {item.text(0): item.text(2) for item in items}
