#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

class QIODevice;

namespace tricholog {

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where it has
// them (Qt's QCryptographicHash computes it in portable C: about 63 instructions a byte, a sixth
// of an import's work went into its hashes). The same digests as QCryptographicHash's Sha256;
// every SHA-256 Tricholog computes goes through here: the audit chain, the import digests, the
// CSV files, photos, backups and analysed images.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    // Everything left to read from `device`; false when it could not be read.
    bool addData(QIODevice *device);
    void reset(); // back to the digest of nothing
    // The 32 bytes of the digest of everything added so far (more may be added afterwards).
    QByteArray result() const;

    // The digest of `bytes`, raw (32 bytes) or as 64 lower-case hex digits.
    static QByteArray hash(QByteArrayView bytes);
    static QByteArray hex(QByteArrayView bytes) { return hash(bytes).toHex(); }

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace tricholog
