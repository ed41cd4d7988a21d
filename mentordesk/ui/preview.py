"""Markdown previews rendered on a worker thread, so typing never waits for the renderer."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from mentordesk.render import markdown_to_html

DEBOUNCE_MS = 300


class _Job(QRunnable):
    def __init__(self, relay: PreviewRenderer, generation: int, text: str, whole: bool) -> None:
        super().__init__()
        self.relay, self.generation, self.text, self.whole = relay, generation, text, whole

    def run(self) -> None:
        html = markdown_to_html(self.text, preview=not self.whole)
        with suppress(RuntimeError):  # the editor closed while this was rendered: nobody waits for it
            self.relay.finished.emit(self.generation, html)


class PreviewRenderer(QObject):
    """Renders the latest text `DEBOUNCE_MS` after the last request; older results are dropped. Long
    text is cut to its first part with a "Show all" link until `show_whole` is called."""

    rendered = Signal(str)
    finished = Signal(int, str)  # from the worker; delivered on the GUI thread

    def __init__(self, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._generation = 0
        self._text = ""
        self._whole = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self.finished.connect(self._on_finished)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def request(self, text: str) -> None:
        self._text = text
        self._generation += 1
        self._timer.start()

    def render_now(self, text: str) -> None:
        """Skip the delay (loading a record): the result still arrives through `rendered`."""
        self._text = text
        self._whole = False
        self._generation += 1
        self._start()

    def show_whole(self) -> None:
        """Render all of the text from now on (the preview's "Show all"), until another record loads."""
        self._whole = True
        self._generation += 1
        self._start()

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)

    def _start(self) -> None:
        self._timer.stop()
        self._pool.start(_Job(self, self._generation, self._text, self._whole))

    def _on_finished(self, generation: int, html: str) -> None:
        if generation == self._generation:
            self.rendered.emit(html)
