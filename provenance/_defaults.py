"""Defaults the CLI shows in ``--help``; kept apart so that help never imports the config stack."""

DEFAULT_BACKEND = "torch"   # until onnx is the default: see README, "How fast is it?"
BACKENDS = ("torch", "onnx", "onnx-int8")
#: rows/cols per tile of the blocked similarity search (``alignment.topk``): ~20 MB of scratch
BLOCK_SIZE = 1024
