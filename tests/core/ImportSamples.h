#pragma once

#include <QByteArray>

// CSV rows the import tests share (tst_dataio, tst_importsessions).
namespace tricholog::test {

inline const QByteArray kPatients =
    "mrn,family_name,given_name,date_of_birth,sex,fitzpatrick,phone,email,photo_consent\n"
    "P-1,O'Brien,Siobhán,1980-05-01,female,II,,siobhan@example.org,yes\n"
    "P-2,\"Nguyễn, Jr\",Văn,1975-11-30,male,4,+84 555 0100,,no\n";
inline const QByteArray kMeasurementsHeader =
    "mrn,date,site,method,density_per_cm2,hair_count,area_cm2,mean_diameter_um,terminal_pct,"
    "vellus_pct,anagen_pct,telogen_pct\n";

} // namespace tricholog::test
