# to use the gapminder API set to FALSE
# to use the NinjasAPI set to TRUE
EXTERNAL_API = False
TARGET_COUNTRY = "Japan"
WEBSITE_TITLE = "website.com"
DARK_THEME = "mantine_dark"
LIGHT_THEME = "mantine_light"

GRAPH_TITLES = {
    "gdp_growth": "GDP Growth [%]",
    "gdp_nominal": "Nominal GDP",
    "gdp_per_capita_nominal": "Nominal per capita GDP",
    "gdp_per_capita_ppp": "Nominal per capita GDP PPP",
    "Life Expectancy": "Life Expectancy [Years]",
    "Population": "Population [Millions]",
    "GDP per Capita": "GDP per Capita",
}
GRAPH_DESCRIPTIONS = {
    "gdp_growth": "Current and historical GDP (Gross Domestic Product) percentage growth",
    "gdp_nominal": "Current and historical GDP (Gross Domestic Product)",
    "gdp_per_capita_nominal": "Current and historical GDP (Gross Domestic Product) per capita",
    "gdp_per_capita_ppp": "Current and historical GDP (Gross Domestic Product) per capita PPP (Purchasing Power Parity)",
    "Life Expectancy": "Current and historical life Expectancy in years",
    "Population": "Current and historical population in millions of people",
    "GDP per Capita": "Current and historical GDP (Gross Domestic Product) per capita",
}
