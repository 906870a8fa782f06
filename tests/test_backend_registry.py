"""The backend registry: one row makes a backend buildable by name everywhere a name is read."""

from __future__ import annotations

from typing import get_args

import pytest

from service import ConfigurationError, create_backend
from service.backends.base import Backend
from service.backends.registry import BACKENDS, BackendChoice, BackendSpec, backend_choices, backend_names
from service.settings import Settings


class ToyBackend:
    """Not a working backend: only what the factory hands back is looked at."""

    name = "toy"


def test_the_type_lists_the_rows() -> None:
    # Settings and the pipeline are typed with these names: a row without its name there is a bug.
    assert backend_names() == get_args(BackendChoice)[1:]
    assert get_args(BackendChoice)[0] == "auto"


def test_a_new_row_is_built_by_the_factory_and_named_in_the_choices(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    built: list[object] = []

    def build(s: Settings, http_client: object) -> Backend:
        built.append(http_client)
        return ToyBackend()  # type: ignore[return-value]

    monkeypatch.setitem(BACKENDS, "toy", BackendSpec("toy", build))
    client = object()
    backend = create_backend("toy", settings, http_client=client)  # type: ignore[arg-type]
    assert isinstance(backend, ToyBackend) and built == [client]
    assert backend_choices().endswith(" or toy") and "toy" in backend_names()


def test_a_backend_that_needs_a_model_says_what_to_set(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    def build(s: Settings, http_client: object) -> Backend:
        return ToyBackend()  # type: ignore[return-value]

    monkeypatch.setitem(BACKENDS, "toy", BackendSpec("toy", build, needs_model=True))
    with pytest.raises(ConfigurationError, match="the toy backend needs a model: set NEWSFACTS_LLM_MODEL"):
        create_backend("toy", settings)


def test_an_unknown_name_lists_the_rows(settings: Settings) -> None:
    with pytest.raises(ConfigurationError, match=f"unknown backend 'nope': choose {backend_choices()}$"):
        create_backend("nope", settings)
