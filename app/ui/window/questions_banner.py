"""Caregiver mode: the band above the pages that says how many of the
supervisor's questions wait for an answer, with a button that opens them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class QuestionsBanner(QFrame):
    sig_open = Signal()  # "Answer now"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionsBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#fff1cc"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#3d2b00"))
        self.setPalette(palette)
        self.label = QLabel()
        self.label.setObjectName("questionsBannerText")
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("questionsBannerButton")
        self.button.clicked.connect(self.sig_open.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._count = 0
        self.hide()
        self.retranslate()

    def show_count(self, open_questions: int, *, visible: bool) -> None:
        """``open_questions`` wait; the band shows when some do and ``visible`` allows."""
        self._count = open_questions
        self.setVisible(bool(open_questions) and visible)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(
            self.tr("Your supervisor asked %n question(s) that wait for your answer.", "",
                    self._count)
        )  # fmt: skip
        self.button.setText(self.tr("Ans&wer now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
