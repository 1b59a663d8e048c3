import { getAgendaVersionOperation } from "@/lib/agenda/api/get-agenda-version.openapi";
import { listPracticeAppointmentsOperation } from "@/lib/agenda/api/list-practice-appointments.openapi";
import { searchOwnPatientsOperation } from "@/lib/agenda/api/search-own-patients.openapi";
import { bookAppointmentOperation } from "@/lib/appointments/api/book-appointment.openapi";
import { cancelAppointmentOperation } from "@/lib/appointments/api/cancel-appointment.openapi";
import { listMyAppointmentsOperation } from "@/lib/appointments/api/list-my-appointments.openapi";
import { rescheduleAppointmentOperation } from "@/lib/appointments/api/reschedule-appointment.openapi";
import { bookByPracticeOperation } from "@/lib/appointments/practice/api/book-by-practice.openapi";
import { cancelByPracticeOperation } from "@/lib/appointments/practice/api/cancel-by-practice.openapi";
import { changeAppointmentStatusOperation } from "@/lib/appointments/practice/api/change-appointment-status.openapi";
import { moveByPracticeOperation } from "@/lib/appointments/practice/api/move-by-practice.openapi";
import { revokeCalendarFeedOperation } from "@/lib/calendar-feed/api/revoke-calendar-feed.openapi";
import { rotateCalendarFeedOperation } from "@/lib/calendar-feed/api/rotate-calendar-feed.openapi";
import { createCampaignOperation } from "@/lib/campaigns/api/create-campaign.openapi";
import { getCampaignStatsCsvOperation } from "@/lib/campaigns/api/get-campaign-stats-csv.openapi";
import { getCampaignStatsOperation } from "@/lib/campaigns/api/get-campaign-stats.openapi";
import { listCampaignsOperation } from "@/lib/campaigns/api/list-campaigns.openapi";
import { updateCampaignOperation } from "@/lib/campaigns/api/update-campaign.openapi";
import { getMeOperation } from "@/lib/patients/api/get-me.openapi";
import { changeMotiveOperation } from "@/lib/practice-settings/api/change-motive.openapi";
import { createAbsenceOperation } from "@/lib/practice-settings/api/create-absence.openapi";
import { createMotiveOperation } from "@/lib/practice-settings/api/create-motive.openapi";
import { deleteAbsenceOperation } from "@/lib/practice-settings/api/delete-absence.openapi";
import { getBookingRulesOperation } from "@/lib/practice-settings/api/get-booking-rules.openapi";
import { getWeeklyHoursOperation } from "@/lib/practice-settings/api/get-weekly-hours.openapi";
import { listAbsencesOperation } from "@/lib/practice-settings/api/list-absences.openapi";
import { listMotivesOperation } from "@/lib/practice-settings/api/list-motives.openapi";
import { saveBookingRulesOperation } from "@/lib/practice-settings/api/save-booking-rules.openapi";
import { saveWeeklyHoursOperation } from "@/lib/practice-settings/api/save-weekly-hours.openapi";
import { getAvailabilityOperation } from "@/lib/search/api/get-availability.openapi";
import { getPractitionerOperation } from "@/lib/search/api/get-practitioner.openapi";
import { listSpecialtiesOperation } from "@/lib/search/api/list-specialties.openapi";
import { searchPractitionersOperation } from "@/lib/search/api/search-practitioners.openapi";
import { suggestPlacesOperation } from "@/lib/search/api/suggest-places.openapi";
import { changeSecretaryOperation } from "@/lib/secretariat/api/change-secretary.openapi";
import { inviteSecretaryOperation } from "@/lib/secretariat/api/invite-secretary.openapi";
import { listSecretariesOperation } from "@/lib/secretariat/api/list-secretaries.openapi";
import { revokeSecretaryOperation } from "@/lib/secretariat/api/revoke-secretary.openapi";
import { getOpenApiDocumentOperation } from "./get-openapi-document.openapi";
import type { ApiOperation } from "./operation";

// Every operation of /api/v1, in the document's order. A new route under app/api/v1 adds
// its operation here (a unit test fails until it does).
export const API_OPERATIONS = [
  listSpecialtiesOperation,
  suggestPlacesOperation,
  searchPractitionersOperation,
  getPractitionerOperation,
  getAvailabilityOperation,
  getMeOperation,
  bookAppointmentOperation,
  listMyAppointmentsOperation,
  rescheduleAppointmentOperation,
  cancelAppointmentOperation,
  listPracticeAppointmentsOperation,
  searchOwnPatientsOperation,
  getAgendaVersionOperation,
  bookByPracticeOperation,
  changeAppointmentStatusOperation,
  moveByPracticeOperation,
  cancelByPracticeOperation,
  getWeeklyHoursOperation,
  saveWeeklyHoursOperation,
  listMotivesOperation,
  createMotiveOperation,
  changeMotiveOperation,
  getBookingRulesOperation,
  saveBookingRulesOperation,
  listAbsencesOperation,
  createAbsenceOperation,
  deleteAbsenceOperation,
  listSecretariesOperation,
  inviteSecretaryOperation,
  changeSecretaryOperation,
  revokeSecretaryOperation,
  rotateCalendarFeedOperation,
  revokeCalendarFeedOperation,
  listCampaignsOperation,
  createCampaignOperation,
  updateCampaignOperation,
  getCampaignStatsOperation,
  getCampaignStatsCsvOperation,
  getOpenApiDocumentOperation,
] as const satisfies readonly ApiOperation[];
