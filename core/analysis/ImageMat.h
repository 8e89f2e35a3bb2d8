#pragma once

// Internal to the analysis engine: a Qt image as an OpenCV matrix of grey levels.

#include <QImage>
#include <opencv2/core.hpp>

namespace tricholog::analysis::detail {

// Grey levels 0-1 (Qt's luminance), one float a pixel.
inline cv::Mat greyFloat(const QImage &image)
{
    const QImage grey8 = image.convertToFormat(QImage::Format_Grayscale8);
    cv::Mat grey;
    cv::Mat(grey8.height(), grey8.width(), CV_8U, const_cast<uchar *>(grey8.constBits()),
            size_t(grey8.bytesPerLine()))
        .convertTo(grey, CV_32F, 1.0 / 255);
    return grey;
}

} // namespace tricholog::analysis::detail
