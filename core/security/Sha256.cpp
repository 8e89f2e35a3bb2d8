#include "core/security/Sha256.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <openssl/evp.h>
#include <optional>

namespace tricholog {

namespace {

// The SHA-256 implementation of OpenSSL's default provider, fetched once; nullptr when it could
// not be (Qt's own then hashes, the same digests more slowly).
const EVP_MD *sha256()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

struct ContextFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using ContextPointer = std::unique_ptr<EVP_MD_CTX, ContextFree>;

} // namespace

struct Sha256::Context
{
    ContextPointer openssl;
    std::optional<QCryptographicHash> qt;
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    if (sha256()) {
        m_context->openssl.reset(EVP_MD_CTX_new());
        if (m_context->openssl && EVP_DigestInit_ex2(m_context->openssl.get(), sha256(), nullptr))
            return;
        m_context->openssl.reset();
    }
    m_context->qt.emplace(QCryptographicHash::Sha256);
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    if (m_context->qt) {
        m_context->qt->reset();
    } else if (!EVP_DigestInit_ex2(m_context->openssl.get(), sha256(), nullptr)) {
        m_context->openssl.reset(); // Qt's from now on
        m_context->qt.emplace(QCryptographicHash::Sha256);
    }
}

void Sha256::addData(QByteArrayView bytes)
{
    if (m_context->qt)
        m_context->qt->addData(bytes);
    else if (!EVP_DigestUpdate(m_context->openssl.get(), bytes.data(), std::size_t(bytes.size())))
        qFatal("OpenSSL could not add to a SHA-256 digest"); // a wrong digest would pass for one
}

bool Sha256::addData(QIODevice *device)
{
    if (!device || !device->isReadable())
        return false;
    QByteArray piece(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device->read(piece.data(), piece.size());
        if (read < 0)
            return false;
        if (read == 0)
            return device->atEnd() || device->isSequential();
        addData(QByteArrayView(piece.constData(), read));
    }
}

QByteArray Sha256::result() const
{
    if (m_context->qt)
        return m_context->qt->result();
    // Finished on a copy, so that more can be added to this one.
    ContextPointer copy(EVP_MD_CTX_new());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!copy || !EVP_MD_CTX_copy_ex(copy.get(), m_context->openssl.get()) ||
        !EVP_DigestFinal_ex(copy.get(), digest, &size))
        qFatal("OpenSSL could not finish a SHA-256 digest");
    return QByteArray(reinterpret_cast<const char *>(digest), int(size));
}

QByteArray Sha256::hash(QByteArrayView bytes)
{
    // One context per thread, started again for each text: the hashes of many short rows.
    thread_local const ContextPointer context(EVP_MD_CTX_new());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!sha256() || !context || !EVP_DigestInit_ex2(context.get(), sha256(), nullptr) ||
        !EVP_DigestUpdate(context.get(), bytes.data(), std::size_t(bytes.size())) ||
        !EVP_DigestFinal_ex(context.get(), digest, &size))
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return QByteArray(reinterpret_cast<const char *>(digest), int(size));
}

} // namespace tricholog
