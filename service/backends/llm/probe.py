"""``newsfacts llm-probe``: which modes a server accepts, and what it refused.

Each mode sends one tiny extraction (a one-sentence article of our own, a few
answer tokens, no re-asks) through the backend exactly as an extraction would,
and reports one line: accepted (the server answered, whatever the answer was
worth), refused (the request's shape: the fields the server objected to), or
failed (unreachable, timed out...). Nothing of the server's internals is shown.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from schemas import ArticleRequest
from service.errors import LLMRequestRejected, LLMResponseError, NewsfactsError
from service.settings import Settings

PROBE_ARTICLE = "The council voted on Tuesday to open the new bridge, the mayor said."
PROBE_MODES = ("tools", "tools_strict", "json_schema", "json_object", "json")


@dataclass(frozen=True)
class ProbeResult:
    mode: str
    verdict: str  # accepted | refused | failed
    detail: str


async def probe_mode(settings: Settings, mode: str) -> ProbeResult:
    from service import extract
    from service.backends.llm.backend import LLMBackend

    backend = LLMBackend(
        settings.model_copy(
            update={"llm_mode": mode, "llm_max_reasks": 0, "llm_max_attempts": 1, "llm_max_tokens": 16}
        )
    )
    try:
        ex = await extract(ArticleRequest(text=PROBE_ARTICLE), backend)
        return ProbeResult(
            mode, "accepted", f"{ex.usage.llm_calls} call(s), {ex.usage.prompt_tokens} prompt tokens"
        )
    except LLMRequestRejected as exc:
        return ProbeResult(mode, "refused", exc.detail)
    except LLMResponseError as exc:
        # The server took the request; 16 tokens of answer do not make a draft.
        return ProbeResult(
            mode, "accepted", f"the request was accepted (answer unusable at 16 tokens: {exc.detail[:80]})"
        )
    except NewsfactsError as exc:
        return ProbeResult(mode, "failed", f"{exc.title}: {exc.detail}")
    finally:
        await backend.aclose()


async def probe(settings: Settings, modes: tuple[str, ...] = PROBE_MODES) -> list[ProbeResult]:
    """One result per mode, in order (one at a time: a local server serves one request at once)."""
    return [await probe_mode(settings, m) for m in modes]


def run_probe(settings: Settings) -> list[ProbeResult]:
    return asyncio.run(probe(settings))
