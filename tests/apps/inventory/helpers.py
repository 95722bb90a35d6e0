import pandas as pd


def totals_by(stock: pd.DataFrame, column: str) -> pd.DataFrame:
    return stock.groupby(column, as_index=False)["units"].sum()
