-- The place type "公园" is named as the city's ledgers name it: 公园广场 (parks and public squares alike).
UPDATE place_type SET name = '公园广场' WHERE code = 'park' AND name = '公园';
