"""Calibration files (package data): thresholds and weights fitted by benchmarks/calibrate.py."""
