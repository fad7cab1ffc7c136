#!/usr/bin/env bash
# Writes a generated candidate CSV of ROWS rows to OUT unless OUT is there already (the import
# benchmarks: scripts/bench-import.sh, scripts/bench-import-pg.sh).
# Names in four scripts, unique handles, followers as platforms and people write them
# (plain, grouped, 1.2M, 15.3K), engagement rates as percentages or shares, fees in rupiah,
# đồng, dollars, rials and tomans; one row in a thousand has followers nobody can read.
#   scripts/make-candidates-csv.sh ROWS OUT
set -euo pipefail
rows=$1
csv=$2
[ -f "$csv" ] && exit 0
awk -v n="$rows" -v seed=1 '
  function grouped(value, sep,    text, out) {
    text = sprintf("%d", value); out = "";
    while (length(text) > 3) { out = sep substr(text, length(text) - 2) out; text = substr(text, 1, length(text) - 3); }
    return text out;
  }
  BEGIN {
    srand(seed);
    split("Nguyễn Thu Hà|Trần Minh Anh|Lê Hoàng Nam|Phạm Ngọc Lan|Putri Lestari|Budi Santoso|Dewi Anggraini|Agus Pratama|سارا محمدی|علی رضایی|نگار احمدی|مهسا کریمی|Maya Tan|Daniel Lee|Aisyah Rahman|Rizky Ramadhan", names, "|");
    split("Instagram|TikTok|YouTube|Facebook|X|LinkedIn|Blog|Podcast", platforms, "|");
    split("Beauty|Fashion|Food|Tech|Travel|Finance|Parenting|Gaming|Fitness|Health|Education|Lifestyle", niches, "|");
    split("Vietnam|Indonesia|Iran|Malaysia|VN-SG|ID-JK|IR-23|US", countries, "|");
    split("influencer|creator|KOL|KOC", kinds, "|");
    print "Full name,Username,Platform,Type,Followers,ER,Avg views,Price,Category,Country";
    for (i = 1; i <= n; i++) {
      platform = platforms[int(rand() * 8) + 1];
      followers = int(10 ^ (2 + 5.3 * rand()));
      r = rand();
      if (r < 0.001) f = "n/a";
      else if (r < 0.1 && followers >= 1000000) f = sprintf("%.1fM", followers / 1000000);
      else if (r < 0.2 && followers >= 10000) f = sprintf("%.1fK", followers / 1000);
      else if (r < 0.4) f = "\"" grouped(followers, ",") "\"";
      else f = sprintf("%d", followers);
      er = (rand() < 0.6) ? sprintf("%.1f%%", 0.5 + 6 * rand()) : sprintf("%.3f", 0.005 + 0.06 * rand());
      views = (platform == "YouTube" || platform == "TikTok") ? sprintf("%d", followers / (2 + int(rand() * 8))) : "";
      fee = int(followers / 100) + 10;
      c = rand();
      if (c < 0.3) price = "Rp " grouped(fee * 1000, ".");
      else if (c < 0.55) price = grouped(fee * 2000, ".") " ₫";
      else if (c < 0.8) price = sprintf("$%d", fee / 10 + 20);
      else if (c < 0.9) price = sprintf("%d IRR", fee * 50000);
      else price = sprintf("%d تومان", fee * 5000);
      printf "%s %d,@u%d_%s,%s,%s,%s,%s,%s,%s,%s,%s\n", names[int(rand() * 16) + 1], i, i, tolower(platform), platform, kinds[int(rand() * 4) + 1], f, er, views, price, niches[int(rand() * 12) + 1], countries[int(rand() * 8) + 1];
    }
  }' > "$csv"
