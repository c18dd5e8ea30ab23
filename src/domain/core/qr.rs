//! QR codes as SVG path data, so the app draws them itself (no image files, no network).

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code ready to draw: `size` modules square plus a 4-module quiet zone on every side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// Width and height of the viewBox, quiet zone included.
    pub view: u32,
    /// One path for all dark modules (`M x y h1 v1 h-1 z` per module).
    pub path: String,
    pub size: u32,
}

const QUIET: i32 = 4;

/// Encodes `text` with medium error correction; `None` if it is too long for a QR code.
pub fn encode(text: &str) -> Option<QrSvg> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{} {}h1v1h-1z", x + QUIET, y + QUIET));
            }
        }
    }
    Some(QrSvg {
        view: (size + 2 * QUIET) as u32,
        path,
        size: size as u32,
    })
}

/// Which modules are dark, for tests and for renderers that are not SVG.
pub fn modules(text: &str) -> Option<Vec<Vec<bool>>> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = qr.size();
    Some(
        (0..n)
            .map(|y| (0..n).map(|x| qr.get_module(x, y)).collect())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders the modules to a greyscale bitmap and reads it back with an independent decoder.
    fn decode(text: &str) -> String {
        let m = modules(text).expect("encodes");
        let scale = 4usize;
        let n = m.len() + 8;
        let px = n * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| {
            let (mx, my) = (x / scale, y / scale);
            let dark = mx >= 4 && my >= 4 && mx < n - 4 && my < n - 4 && m[my - 4][mx - 4];
            if dark {
                0
            } else {
                255
            }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one code found");
        grids[0].decode().expect("decodes").1
    }

    #[test]
    fn codes_decode_back_to_the_same_text() {
        for text in [
            "https://example.org/companion/support",
            "https://example.org/support#name=Ana%20Mar%C3%ADa&clinic=5550100199",
        ] {
            assert_eq!(decode(text), text);
        }
    }

    #[test]
    fn the_svg_has_a_quiet_zone_and_one_path() {
        let svg = encode("hello").unwrap();
        assert_eq!(svg.view, svg.size + 8);
        assert!(svg.path.starts_with('M'));
        assert!(svg.path.matches('z').count() > 50);
    }

    #[test]
    fn text_too_long_for_any_qr_code_is_refused() {
        assert_eq!(encode(&"x".repeat(5000)), None);
    }
}
