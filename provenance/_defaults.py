"""Defaults the CLI shows in ``--help``; kept apart so that help never imports the config stack."""

DEFAULT_BACKEND = "torch"   # until onnx is the default: see README, "How fast is it?"
BACKENDS = ("torch", "onnx")
