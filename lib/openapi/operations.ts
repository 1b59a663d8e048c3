import { bookAppointmentOperation } from "@/lib/appointments/api/book-appointment.openapi";
import { cancelAppointmentOperation } from "@/lib/appointments/api/cancel-appointment.openapi";
import { listMyAppointmentsOperation } from "@/lib/appointments/api/list-my-appointments.openapi";
import { rescheduleAppointmentOperation } from "@/lib/appointments/api/reschedule-appointment.openapi";
import { createCampaignOperation } from "@/lib/campaigns/api/create-campaign.openapi";
import { getCampaignStatsCsvOperation } from "@/lib/campaigns/api/get-campaign-stats-csv.openapi";
import { getCampaignStatsOperation } from "@/lib/campaigns/api/get-campaign-stats.openapi";
import { listCampaignsOperation } from "@/lib/campaigns/api/list-campaigns.openapi";
import { updateCampaignOperation } from "@/lib/campaigns/api/update-campaign.openapi";
import { getMeOperation } from "@/lib/patients/api/get-me.openapi";
import { getAvailabilityOperation } from "@/lib/search/api/get-availability.openapi";
import { getPractitionerOperation } from "@/lib/search/api/get-practitioner.openapi";
import { listSpecialtiesOperation } from "@/lib/search/api/list-specialties.openapi";
import { searchPractitionersOperation } from "@/lib/search/api/search-practitioners.openapi";
import { suggestPlacesOperation } from "@/lib/search/api/suggest-places.openapi";
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
  listCampaignsOperation,
  createCampaignOperation,
  updateCampaignOperation,
  getCampaignStatsOperation,
  getCampaignStatsCsvOperation,
  getOpenApiDocumentOperation,
] as const satisfies readonly ApiOperation[];
