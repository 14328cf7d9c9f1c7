/// The report's style sheet: system fonts only, a readable measure on a laptop screen, and a
/// print layout (A4 or Letter) that keeps charts and table rows whole. Chart marks differ in
/// lightness, dash and texture, so they stay apart in greyscale.
enum ReportStyle {
    static let css = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
           color: #1a1a1a; background: #fff; }
    main { max-width: 1040px; margin: 0 auto; padding: 24px 28px 48px; }
    header h1 { font-size: 26px; margin: 0 0 4px; }
    header p { margin: 0; color: #444; }
    nav ol { display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; margin: 14px 0 0; list-style: none; font-size: 14px; }
    nav a { color: #1f3b5a; }
    section { margin-top: 34px; }
    h2 { font-size: 21px; border-bottom: 2px solid #1a1a1a; padding-bottom: 4px; margin: 0 0 12px; }
    h3 { font-size: 16px; margin: 22px 0 6px; }
    p.note { color: #555; font-style: italic; margin: 6px 0; }
    figure { margin: 14px 0 22px; break-inside: avoid; page-break-inside: avoid; }
    figcaption { font-size: 13.5px; color: #333; margin-bottom: 4px; }
    .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 0 28px; }
    svg.chart { display: block; width: 100%; height: auto; max-width: 100%; }
    .table-wrap { max-width: 100%; overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 6px 0 14px; }
    th, td { padding: 4px 8px; border-bottom: 1px solid #d5d5d5; text-align: left; vertical-align: top;
             overflow-wrap: break-word; }
    td.wide { min-width: 16em; }
    th { border-bottom: 2px solid #1a1a1a; font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    td.num { white-space: nowrap; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    .meter { display: inline-block; width: 70px; height: 9px; border: 1px solid #555; margin-left: 6px;
             vertical-align: middle; background: repeating-linear-gradient(45deg, #fff 0 3px, #e8e8e8 3px 5px); }
    .meter span { display: block; height: 100%; background: #1f3b5a; }
    .flag { display: inline-block; padding: 0 6px; border: 1.5px solid #1a1a1a; border-radius: 3px; font-size: 12px;
            font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; }
    .flag.redesign { background: #1a1a1a; color: #fff; }
    .flag.doubtful { border-style: dashed; }
    dl.figures-list { display: grid; grid-template-columns: max-content 1fr; gap: 3px 16px; margin: 8px 0 14px; }
    dl.figures-list dt { font-weight: 600; }
    dl.figures-list dd { margin: 0; }
    ul.reasons { margin: 0; padding-left: 18px; }
    footer { margin-top: 40px; font-size: 12.5px; color: #555; border-top: 1px solid #ccc; padding-top: 8px; }
    svg .grid { stroke: #e2e2e2; stroke-width: 1; }
    svg .zero { stroke: #8c8c8c; stroke-width: 1; }
    svg .axis { stroke: #444; stroke-width: 1; }
    svg .tick { font-size: 11px; fill: #333; }
    svg .axis-title { font-size: 12px; fill: #1a1a1a; font-weight: 600; }
    svg .legend { font-size: 11.5px; fill: #1a1a1a; }
    svg .note { font-size: 11px; fill: #333; font-style: italic; }
    svg .band95 { fill: #d6e0ea; stroke: none; }
    svg .band80 { fill: #8fa9c4; stroke: none; }
    svg .actual { fill: none; stroke: #000; stroke-width: 2.6; }
    svg .projected { fill: none; stroke: #1f3b5a; stroke-width: 2; stroke-dasharray: 7 4; }
    svg .target { fill: none; stroke: #000; stroke-width: 1.4; stroke-dasharray: 2 3; }
    svg .today { stroke: #666; stroke-width: 1; stroke-dasharray: 1 3; }
    svg .bar { fill: #5b86b3; stroke: #1f3b5a; stroke-width: 1; }
    svg .whisker { stroke: #000; stroke-width: 1.6; }
    svg .layer { stroke: #fff; stroke-width: 0.6; }
    svg .swatch { stroke: #444; stroke-width: 0.6; }
    svg .dot { fill: #000; }
    svg .series0 { fill: none; stroke: #000; stroke-width: 2.4; }
    svg .series1 { fill: none; stroke: #1f3b5a; stroke-width: 2; stroke-dasharray: 8 4; }
    svg .series2 { fill: none; stroke: #5b86b3; stroke-width: 2.2; stroke-dasharray: 2 3; }
    svg .series3 { fill: none; stroke: #3d3d3d; stroke-width: 1.6; stroke-dasharray: 10 3 2 3; }
    svg .series4 { fill: none; stroke: #8c8c8c; stroke-width: 2.4; }
    svg .series5 { fill: none; stroke: #7a5c2e; stroke-width: 1.6; stroke-dasharray: 4 2; }
    @media (max-width: 760px) {
      main { padding: 14px; }
      .figures { grid-template-columns: 1fr; }
      table { font-size: 11px; }
      th, td { padding: 3px 4px; }
      th { overflow-wrap: normal; hyphens: none; }
    }
    @page { size: auto; margin: 14mm 12mm; }
    @media print {
      body { font-size: 11pt; }
      main { max-width: none; padding: 0; }
      nav { display: none; }
      .figures { display: block; }
      figure { max-width: 125mm; }
      .table-wrap { overflow: visible; }
      table { font-size: 8pt; }
      th, td { padding: 2px 3px; }
      th { overflow-wrap: normal; hyphens: none; }
      section { break-before: auto; }
      h2, h3 { break-after: avoid; page-break-after: avoid; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
