"""Writes C# request, result, enum and nested types from botocore's API models (see scripts/generate-shapes.py)."""
