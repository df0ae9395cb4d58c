"""Generated sample documents: realistic French legislative texts for demos, tests, benchmarks."""

from reviewer.samples.legislative import (
    GENERATOR_VERSION,
    Document,
    amendment,
    bill,
    corpus,
    written_question,
)

__all__ = ["GENERATOR_VERSION", "Document", "amendment", "bill", "corpus", "written_question"]
