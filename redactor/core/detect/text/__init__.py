"""Value recognizers: what a phone, an ID, a card, a name or an address looks like."""
