E StateForce     Afghan forces
E Country        Afghanistan
E Person         Ashraf Ghani
E MediaOrganisation BBC
E Person         Bilal Sarwary
E Facility       Camp Anthonic
E Person         Deborah Lyons
E Province       Helmand
E Person         Joe Biden
E Person         John Kirby
E City           Kabul
E City           Kunduz
E Government     Pentagon
E MediaOrganisation Reuters
E Facility       Shir Khan Bandar
E Country        Tajikistan
E ArmedGroup     Taliban
E InternationalOrganisation UN Security Council
E InternationalOrganisation United Nations
E Country        United States
E StateForce     US forces
E Organisation   WhatsApp
R Joe Biden memberOf United States role=president
R John Kirby memberOf Pentagon role=spokesman
R Bilal Sarwary basedIn Kabul role=journalist
R Camp Anthonic locatedIn Helmand role=None
R Helmand locatedIn Afghanistan role=None
 0 Handover  'handover'  agent=United States  place=Camp Anthonic  recipient=Afghan forces  target~'several of its last remaining bases'  date=2021-05-02
 1 Withdrawal  'withdrawal'  agent=United States  place=Afghanistan
 2 Statement  'said'  agent=Pentagon  about=[1]  content='The United States could slow down its withdrawal from Afghanistan amid'
 3 Statement  'warned'  agent=United Nations  content='the insurgents were making strong gains'
 4 Capture  'captured'  agent=Taliban  target~'50 districts'  quantity=50/exact
 5 Attack  'offensive'  agent=Taliban  date=2021-05
 6 Attack  'attacks'  agent=Taliban
 7 Attack  'raid'  agent=Taliban  target~'district centres'
 8 Statement  'said'  agent=John Kirby  about=[6, 7]  content='The situation in Afghanistan changes as the Taliban continue to conduc'
 9 Statement  'said'  agent=John Kirby  about=[1]  content='If there needs to be changes made to the pace, or to the scope and sca'
10 Statement  'said'  agent=John Kirby  content='US forces continued to support Afghan troops in fighting the Taliban'
11 Surrender  'surrenders'  agent=Afghan forces
12 Statement  'told'  agent=Bilal Sarwary  audience=BBC  about=[11]  content='We are seeing mass surrenders of Afghan security forces'
13 Surrender  'surrendering'  agent=Afghan forces
14 Attack  'onslaught'  place=Afghanistan  date=2021-05
15 Statement  'according to'  agent=United Nations  agent~'the UN special envoy'  about=[14]  content='The onslaught had taken 50 of 370 districts in Afghanistan since May'
16 Statement  'told'  agent=Deborah Lyons  audience=UN Security Council  about=[17]  content='the announcement earlier this year that foreign troops would withdraw '
17 Withdrawal  'withdraw'  agent~'foreign troops'  [Planned]
18 Withdrawal  'withdrawn'  target~'foreign forces'
19 Statement  'said'  agent=Deborah Lyons  about=[18]  content='Those districts that have been taken surround provincial capitals, sug'
20 Capture  'seizure'  target=Shir Khan Bandar  place=Shir Khan Bandar
21 Siege  'encircled'  agent=Taliban  target=Kunduz  place=Kunduz
22 Statement  'say'  agent~'Generals'  about=[23]  content='more than half of the last stage of withdrawal is complete'
23 Withdrawal  'withdrawal'
