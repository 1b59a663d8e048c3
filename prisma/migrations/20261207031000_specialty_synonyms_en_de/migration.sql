-- Search in every language Praxis speaks: what English and German speakers type for each
-- specialty ("GP", "Hausarzt", "Kinderarzt"), beside the French synonyms. Only the small
-- specialties table changes; practice_search_points (the hot path) keeps specialty ids.
ALTER TABLE "specialties" ADD COLUMN "synonyms_de" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "synonyms_en" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- The demo and production specialties, by slug (the seed only inserts missing rows, so
-- existing databases get their words here). Unknown slugs keep empty lists.
UPDATE "specialties" AS s SET "synonyms_en" = v.en, "synonyms_de" = v.de
FROM (VALUES
  ('medecin-generaliste',
    ARRAY['GP', 'general practitioner', 'family doctor'],
    ARRAY['Hausärztin', 'Allgemeinarzt', 'Allgemeinärztin', 'Allgemeinmediziner',
      'Allgemeinmedizinerin']),
  ('chirurgien-dentiste',
    ARRAY['dental care', 'teeth', 'dental check-up'],
    ARRAY['Zahnärztin', 'Zähne', 'Zahnreinigung']),
  ('ophtalmologue',
    ARRAY['eye doctor', 'eyes', 'ophthalmology'],
    ARRAY['Augenärztin', 'Augen', 'Augenheilkunde']),
  ('dermatologue',
    ARRAY['dermatology', 'skin', 'mole check'],
    ARRAY['Hautärztin', 'Dermatologe', 'Dermatologin', 'Haut', 'Muttermal']),
  ('gynecologue',
    ARRAY['gynecologist', 'gynaecology', 'OB-GYN', 'women''s health'],
    ARRAY['Frauenärztin', 'Gynäkologe', 'Gynäkologin']),
  ('pediatre',
    ARRAY['pediatrician', 'children''s doctor', 'paediatrics'],
    ARRAY['Kinderärztin', 'Kinderheilkunde', 'Pädiater']),
  ('cardiologue',
    ARRAY['cardiology', 'heart', 'heart specialist'],
    ARRAY['Kardiologin', 'Herz', 'Herzarzt', 'EKG']),
  ('masseur-kinesitherapeute',
    ARRAY['physio', 'physical therapist', 'physiotherapy'],
    ARRAY['Physiotherapeutin', 'Krankengymnastik', 'Physio']),
  ('psychiatre',
    ARRAY['psychiatry'],
    ARRAY['Psychiaterin', 'Psychiatrie']),
  ('orl',
    ARRAY['ear nose and throat', 'ears', 'hearing'],
    ARRAY['HNO', 'HNO-Arzt', 'HNO-Ärztin', 'Ohren', 'Gehör']),
  ('radiologue',
    ARRAY['radiology', 'X-ray', 'ultrasound', 'MRI'],
    ARRAY['Radiologin', 'Röntgen', 'Ultraschall', 'MRT']),
  ('sage-femme',
    ARRAY['pregnancy care', 'antenatal care'],
    ARRAY['Entbindungspfleger', 'Schwangerschaft', 'Geburtsvorbereitung']),
  ('osteopathe',
    ARRAY['osteopathy'],
    ARRAY['Osteopathin', 'Osteopathie']),
  ('rhumatologue',
    ARRAY['rheumatology', 'joints', 'arthritis'],
    ARRAY['Rheumatologin', 'Rheuma', 'Gelenke', 'Arthrose']),
  ('gastro-enterologue',
    ARRAY['gastroenterology', 'colonoscopy'],
    ARRAY['Gastroenterologin', 'Magen-Darm-Arzt', 'Darmspiegelung']),
  ('psychologue',
    ARRAY['psychotherapist', 'therapist', 'counselling'],
    ARRAY['Psychologin', 'Psychotherapeut', 'Psychotherapeutin']),
  ('orthophoniste',
    ARRAY['speech and language therapist', 'speech therapy'],
    ARRAY['Logopädin', 'Logopädie', 'Sprachtherapeut']),
  ('endocrinologue',
    ARRAY['endocrinology', 'diabetes specialist', 'thyroid'],
    ARRAY['Endokrinologin', 'Diabetologe', 'Schilddrüse'])
) AS v(slug, en, de)
WHERE s."slug" = v.slug;


-- A GP is a "GP" to English speakers and a "Hausarzt" to German ones: the names pages show.
UPDATE "specialties" SET "name_en" = 'General practitioner (GP)', "name_de" = 'Hausarzt (Allgemeinmedizin)'
WHERE "slug" = 'medecin-generaliste' AND "name_en" = 'General practitioner'
  AND "name_de" = 'Allgemeinmediziner';
