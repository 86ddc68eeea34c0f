//! QR codes as inline SVG, drawn on the server (no image requests, no third party).

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// An inline `<svg>` QR code for `url`, labelled for screen readers; `None` only if the
/// text is too long for a QR code.
pub fn svg(url: &str, label: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
    let image = code
        .render::<svg::Color>()
        .min_dimensions(96, 96)
        .quiet_zone(true)
        .build();
    // Inline SVG needs no XML declaration; give it a role, a name and a class.
    let start = image.find("<svg")?;
    let label = label
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    Some(image[start..].replacen(
        "<svg ",
        &format!(r#"<svg class="qr" role="img" aria-label="{label}" "#),
        1,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_url_becomes_one_labelled_svg() {
        let s = super::svg("http://127.0.0.1:8080/projects/x", "QR code: a & b").unwrap();
        assert!(s.starts_with(r#"<svg class="qr" role="img" aria-label="QR code: a &amp; b" "#));
        assert!(s.ends_with("</svg>") && !s.contains("<?xml"));
    }
}
