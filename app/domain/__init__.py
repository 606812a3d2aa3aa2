"""What the app and the server agree on: records, their words and rules.

The record types of a child's daily care (``app.domain.care``), of the child's
own story (``app.domain.story``), the handover notes (``app.domain.handover``)
and attached photos and documents (``app.domain.attachments``) add themselves
to ``records.RECORD_TYPES`` when imported; ``app.domain.records`` imports them
at its end, so every reader of records knows them, whichever domain module it
imports first. The package itself imports nothing: the unlock screen reads
``app.domain.messages`` without the record types' models."""
