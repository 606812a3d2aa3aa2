"""What the app and the server agree on: records, their words and rules.

The record types of a child's daily care (``app.domain.care``), of the child's
own story (``app.domain.story``), the handover notes (``app.domain.handover``)
and attached photos and documents (``app.domain.attachments``) add themselves
to ``records.RECORD_TYPES`` when imported; importing them here makes every
reader of records know them, whichever domain module it imports first."""

from app.domain import attachments as attachments
from app.domain import care as care
from app.domain import handover as handover
from app.domain import story as story
