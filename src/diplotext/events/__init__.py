"""Events and topics: what contacts the article reports and what they were about."""
