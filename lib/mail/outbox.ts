import "server-only";

// What other domains may use of the mail outbox. By design (docs/decisions/0002) a mail is
// written inside the transaction, or even the statement, of the change it reports, and an
// account's mails go with its data export and deletion; so these statements are the mail
// domain's public interface, while the rest of its queries.ts (delivery) stays its own.
export {
  deleteMailsTo,
  insertOutboxMail,
  listMailsTo,
  outboxMailInsert,
  type MailToAddress,
  type NewOutboxMail,
} from "./queries";
