-- A data export and an account deletion find an address's mails by lower(recipient): without this index, each one reads the whole outbox.
CREATE INDEX "outbox_mails_recipient_lower_idx" ON "outbox_mails" (lower("recipient"));
