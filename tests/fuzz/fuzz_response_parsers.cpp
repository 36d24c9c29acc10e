// Fuzz target: every parser of Vainu API answers (api/ResponseParsers) on the same body: the app must
// survive whatever a server, a proxy or a captive portal answers.
#include "FuzzInput.h"
#include "api/ResponseParsers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    ResponseParsers::webhooks(body);
    ResponseParsers::webhook(body);
    ResponseParsers::customerPage(body);
    ResponseParsers::customer(body);
    ResponseParsers::batchCreate(body);
    ResponseParsers::isBatchErrorBody(body);
    ResponseParsers::lists(body);
    ResponseParsers::list(body);
    ResponseParsers::companyPage(body);
    ResponseParsers::companyCount(body);
    return 0;
}
