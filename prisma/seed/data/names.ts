// Common French given names and surnames; combined at random they name fictional people.
// Kept as compact rows: one name per line would only make the lists longer to scan.

// prettier-ignore
export const FEMALE_FIRST_NAMES = [
  "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sophie", "Christine", "Valérie",
  "Sandrine", "Céline", "Julie", "Claire", "Aurélie", "Caroline", "Émilie", "Camille", "Anne",
  "Hélène", "Laure", "Charlotte", "Pauline", "Élodie", "Mathilde", "Léa", "Manon", "Chloé",
  "Sarah", "Inès", "Amandine", "Virginie", "Agnès", "Florence", "Delphine", "Stéphanie", "Audrey",
  "Marion", "Lucie", "Juliette", "Margaux", "Nadia",
];

// prettier-ignore
export const MALE_FIRST_NAMES = [
  "Jean", "Philippe", "Michel", "Alain", "Patrick", "Nicolas", "Christophe", "Pierre", "Laurent",
  "Éric", "Frédéric", "Stéphane", "David", "Julien", "Olivier", "Sébastien", "Thomas", "Antoine",
  "François", "Vincent", "Guillaume", "Mathieu", "Jérôme", "Benoît", "Hugo", "Lucas", "Maxime",
  "Alexandre", "Romain", "Arnaud", "Yann", "Karim", "Mehdi", "Paul", "Louis", "Damien", "Bruno",
  "Emmanuel", "Cédric", "Xavier",
];

// prettier-ignore
export const LAST_NAMES = [
  "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
  "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
  "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller",
  "Lefèvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier",
  "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas",
  "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont",
  "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly",
  "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard", "Roche",
  "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre",
  "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre",
  "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte", "Lopez",
  "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis", "Moulin",
  "Louis", "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein",
  "Jacquet", "Adam", "Paris", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles", "Benali",
  "Haddad", "Nguyen", "Cohen", "Diallo", "Ferreira", "Da Silva", "Rossi",
];
