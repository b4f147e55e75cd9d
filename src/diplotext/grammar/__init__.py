"""Grammar machinery with no domain knowledge: word-list tries and rule helpers."""

from diplotext.grammar.wordlist import WordList, trie_pattern

__all__ = ["WordList", "trie_pattern"]
