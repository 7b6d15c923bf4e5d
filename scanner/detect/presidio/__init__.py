"""The only code of pdmap that imports presidio_analyzer and spaCy: the analyzer
(`analyzer`) and pdmap's own recognizers (`recognizers`). Everything else asks for values
through `scanner.detect.base.Detector`."""
