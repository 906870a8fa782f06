"""The llm backend: any OpenAI-compatible LLM, through instructor, grounded and retried.

Modules: ``prompting`` (templates from ``prompts/``), ``chunking`` (long
articles), ``client`` (one structured call), ``retry`` (the tenacity policy),
``validation`` (evidence must be in the article), ``failures`` (typed errors),
``merge`` (chunk results into one draft), ``backend`` (all of it together).
"""

from service.backends.llm.backend import LLM_BACKEND_VERSION, LLMBackend

__all__ = ["LLM_BACKEND_VERSION", "LLMBackend"]
