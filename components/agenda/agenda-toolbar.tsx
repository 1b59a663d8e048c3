import { useTranslations } from "next-intl";
import { agendaHref, shiftDate, type AgendaView } from "@/lib/agenda/agenda-params";
import { blockTimeHref, dayListHref } from "@/lib/agenda/links";
import { Link } from "@/lib/i18n/navigation";

type Choice = { id: string; label: string };

type AgendaToolbarProps = {
  date: string;
  today: string;
  view: AgendaView;
  practitionerId: string;
  /** Shown in links only when the actor has several agendas (the default is the first). */
  practitionerParameter: string | null;
  practiceId: string | null;
  practices: Choice[];
  practitioners: Choice[];
  /** The day shown, to block time in (for those who may manage the agenda). */
  blockTime: { startsAt: string; endsAt: string } | null;
};

const PILL =
  "inline-flex items-center rounded-md border px-3 py-1.5 text-sm font-medium focus:outline-2 focus:outline-brand-700";
const PILL_OFF = `${PILL} border-slate-300 bg-white text-slate-800 hover:bg-brand-50`;
const PILL_ON = `${PILL} border-brand-700 bg-brand-700 text-white`;

// The agenda's controls, all plain links (they work without JavaScript and can be opened in
// a new tab): previous, today, next; day or week; which practice; whose agenda.
export function AgendaToolbar(props: AgendaToolbarProps) {
  const t = useTranslations("agenda.toolbar");
  const { date, view, practiceId } = props;
  const practitionerId = props.practitionerParameter;
  const href = (changes: { date?: string; view?: AgendaView; practiceId?: string | null }) =>
    agendaHref({ date, view, practiceId, practitionerId, ...changes });
  const isWeek = view === "week";
  return (
    <nav
      aria-label={t("label")}
      className="flex flex-wrap items-center gap-x-6 gap-y-3 print:hidden"
    >
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link
            prefetch={false}
            className={PILL_OFF}
            href={href({ date: shiftDate(date, view, -1) })}
          >
            {t(isWeek ? "previousWeek" : "previousDay")}
          </Link>
        </li>
        <li>
          <Link
            prefetch={false}
            className={date === props.today ? PILL_ON : PILL_OFF}
            aria-current={date === props.today ? "date" : undefined}
            href={href({ date: props.today })}
          >
            {t("today")}
          </Link>
        </li>
        <li>
          <Link
            prefetch={false}
            className={PILL_OFF}
            href={href({ date: shiftDate(date, view, 1) })}
          >
            {t(isWeek ? "nextWeek" : "nextDay")}
          </Link>
        </li>
      </ul>
      <ChoiceList
        label={t("views")}
        choices={[
          { id: "day", label: t("day"), href: href({ view: "day" }), current: !isWeek },
          { id: "week", label: t("week"), href: href({ view: "week" }), current: isWeek },
        ]}
      />
      {props.practices.length > 1 && (
        <ChoiceList
          label={t("practices")}
          choices={[
            {
              id: "all",
              label: t("allPractices"),
              href: href({ practiceId: null }),
              current: !practiceId,
            },
            ...props.practices.map((practice) => ({
              id: practice.id,
              label: practice.label,
              href: href({ practiceId: practice.id }),
              current: practice.id === practiceId,
            })),
          ]}
        />
      )}
      {props.practitioners.length > 1 && (
        <ChoiceList
          label={t("practitioners")}
          choices={props.practitioners.map((practitioner) => ({
            id: practitioner.id,
            label: practitioner.label,
            href: agendaHref({ date, view, practiceId: null, practitionerId: practitioner.id }),
            current: practitioner.id === props.practitionerId,
          }))}
        />
      )}
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <li>
          <a
            className="text-brand-800 underline"
            href={dayListHref(date, props.practitionerId, "csv")}
            download
          >
            {t("downloadCsv")}
          </a>
        </li>
        <li>
          <Link
            prefetch={false}
            className="text-brand-800 underline"
            href={dayListHref(date, props.practitionerId, "print")}
          >
            {t("printList")}
          </Link>
        </li>
        {props.blockTime && (
          <li>
            <Link
              prefetch={false}
              className="text-brand-800 underline"
              href={blockTimeHref(
                props.blockTime.startsAt,
                props.blockTime.endsAt,
                props.practitionerId,
              )}
            >
              {t("blockTime")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

function ChoiceList({
  label,
  choices,
}: {
  label: string;
  choices: { id: string; label: string; href: string; current: boolean }[];
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-slate-700">{label}</span>
      <ul className="flex flex-wrap gap-1">
        {choices.map((choice) => (
          <li key={choice.id}>
            <Link
              prefetch={false}
              href={choice.href}
              aria-current={choice.current ? "page" : undefined}
              className={choice.current ? PILL_ON : PILL_OFF}
            >
              {choice.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
