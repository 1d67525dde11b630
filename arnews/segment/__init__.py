"""Sentences, tokens and their clitic segments."""
