E StateForce     Afghan forces
E Country        Afghanistan
E MediaOrganisation CNN
E Province       Helmand
E InternationalOrganisation International Committee of the Red Cross
E Person         Kenneth McKenzie
E City           Kunduz
E Person         Mohammad Haneef Atmar
E Person         Nicole Ferrara
E ArmedGroup     Taliban
E InternationalOrganisation United Nations Assistance Mission in Afghanistan
E Country        United States
E StateForce     US Central Command
E StateForce     US forces
R Nicole Ferrara memberOf US Central Command role=spokesperson
R Kenneth McKenzie memberOf US Central Command role=commander
R Mohammad Haneef Atmar memberOf Afghanistan role=foreign minister
 0 Capture  'seized'  agent=Taliban  target=Kunduz  place=Kunduz
 1 Capture  'fall to'  agent=Taliban  target~'the first major city'
 2 Attack  'offensive'  agent=Taliban
 3 Airstrike  'airstrikes'  agent=United States  target=Taliban  target~'Taliban positions'
 4 Accusation  'accused'  agent=Taliban  target=United States  about=[5]  content='bombing a hospital and a high school'
 5 Airstrike  'bombing'  agent=United States  target~'a hospital'  [Alleged]
 6 Airstrike  'airstrikes'  agent=US forces
 7 Statement  'said'  agent=Nicole Ferrara  about=[6]  content='US forces have conducted several airstrikes in defense of our Afghan p'
 8 Statement  'said'  agent~'A senior Afghan security official'  about=[9]  content='although things were changing rapidly on the battlefield, US air suppo'
 9 Withdrawal  'withdrawal'  place=United States
10 Statement  'said'  agent~'The official'  about=[11]  content='there had been no change in US policy despite the fast Taliban advance'
11 Attack  'advance on'  agent=Taliban  target~'the ground'
12 Statement  'told'  audience=CNN  agent~'the Afghan official'  content='We need close air support'
13 Statement  'stated'  agent=Kenneth McKenzie  about=[9, 14]  content='the US will stop its air support to Afghan forces — and likely underta'
14 Attack  'strikes'
15 Withdrawal  'leave'  place=Afghanistan  agent~'All foreign forces'  [Planned]
16 Statement  'said'  agent=Mohammad Haneef Atmar  about=[17, 18, 19]  content='the recent Taliban offensive had killed more than 3,000 people nationw'
17 Attack  'offensive'  agent=Taliban
18 Killing  'killed'  agent=Taliban  target~'more than 3,000 people'  fatalities=3000/at least  in=17  within@1811
19 Displacement  'displaced'  agent=Taliban  target~'more than 300,000'  displaced=300000/at least  in=17  within@1811
20 Casualties  'casualties'  quantity=5183/about
21 Statement  'said'  agent=United Nations Assistance Mission in Afghanistan  about=[20]  content='Some 5,183 casualties were recorded in the first six months of the yea'
22 Statement  'noted'  agent=United Nations Assistance Mission in Afghanistan  agent~'The UNAMA report'  about=[23, 24]  content='deaths and injuries spiked markedly from May'
23 Killing  'deaths'
24 Injury  'injuries'
25 Injury  'injured'  target~'more than 49,500 people'  injured=49500/at least
26 Attack  'fighting'  agent=International Committee of the Red Cross  target~'escalates'
