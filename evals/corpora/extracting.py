"""One backend for a corpus run, with its failures said as the adapters say them."""

from __future__ import annotations

from types import TracebackType

from evals.corpora import CorpusError
from schemas import ArticleRequest, Extraction
from service import Backend, create_backend, extract
from service.errors import NewsfactsError


class CorpusExtractor:
    """``async with CorpusExtractor("rules") as x: await x.extract(name, request)``.

    A backend that cannot be built, or an extraction that fails, stops the run with a
    CorpusError naming the document: a corpus score over silently skipped documents
    would not be the score of the corpus.
    """

    def __init__(self, backend_name: str) -> None:
        self.backend_name = backend_name
        try:
            self.backend: Backend = create_backend(backend_name)
        except NewsfactsError as exc:
            raise CorpusError(f"{exc.title}: {exc.detail}") from exc

    async def __aenter__(self) -> CorpusExtractor:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.backend.aclose()

    async def extract(
        self, name: str, request: ArticleRequest, *, expected_text: str | None = None
    ) -> Extraction:
        """Extract one document; with ``expected_text``, the service's text must be the adapter's own."""
        try:
            ex = await extract(request, self.backend)
        except NewsfactsError as exc:
            raise CorpusError(
                f"{name}: the {self.backend_name} extractor failed: {exc.title}: {exc.detail}"
            ) from exc
        if expected_text is not None and ex.text != expected_text:
            raise CorpusError(f"{name}: the service normalised the text differently from the adapter")
        return ex
