#pragma once

// Fictitious names from many countries, with diacritics and apostrophes on purpose, for the demo
// and the large generated datasets. No real person.
namespace tricholog::demonames {

inline const char *const kFamilyNames[] = {
    "Müller",         "O'Brien", "García",       "Dubois",    "Kowalski",    "Nguyễn",
    "Østergaard",     "Schäfer", "D'Angelo",     "Fernández", "Łukasiewicz", "Smith",
    "Novák",          "Çelik",   "Jönsson",      "Rossi",     "Petrović",    "Håkansson",
    "Ó Súilleabháin", "Lefèvre", "Yılmaz",       "Brennan",   "Dvořák",      "Costa",
    "MacLeod",        "Núñez",   "Wójcik",       "Bauer",     "Kovačević",   "Lindqvist",
    "Okafor",         "Tanaka",  "Ferreira",     "Weiß",      "Åberg",       "Moreau",
    "De Luca",        "Horváth", "Papadopoulos", "Al-Masri"};
inline const char *const kMaleGiven[] = {
    "Jonas", "Seán",  "Mateo", "François", "Piotr", "Minh",    "Lars", "Jürgen",   "Luca", "José",
    "Ömer",  "Tomáš", "Björn", "Ahmed",    "Chidi", "Hiroshi", "João", "Dimitris", "Noël", "André"};
inline const char *const kFemaleGiven[] = {
    "Anna", "Siobhán",  "Lucía", "Amélie", "Zofia", "Linh", "Ingrid",  "Jülide", "Giulia", "Inés",
    "Elif", "Kateřina", "Åsa",   "Leila",  "Ngozi", "Yuki", "Beatriz", "Eleni",  "Chloé",  "Renée"};

} // namespace tricholog::demonames
