"""Defaults the CLI shows in ``--help``; kept apart so that help never imports the config stack."""

DEFAULT_BACKEND = "torch"   # until onnx is the default: see README, "How fast is it?"
BACKENDS = ("torch", "onnx", "onnx-int8")


def backend_parts(backend: str) -> tuple[str, str]:
    """(runtime, precision) a backend name stands for: "onnx-int8" -> ("onnx", "int8"), "torch" -> ("torch", "fp32")."""
    runtime, _, precision = backend.partition("-")
    return runtime, precision or "fp32"

#: rows/cols per tile of the blocked similarity search (``alignment.topk``): ~20 MB of scratch
BLOCK_SIZE = 1024
