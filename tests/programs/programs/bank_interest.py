# A savings account simulation with floats: monthly compounding, deposits, withdrawals and fees.

annual_rate = 0.035
fee = 2.5


def month_interest(balance: float) -> float:
    return balance * annual_rate / 12


def simulate(initial: float, deposit: float, years: int) -> float:
    balance = initial
    total_interest = 0.0
    total_fees = 0.0
    for month in range(1, years * 12 + 1):
        interest = month_interest(balance)
        balance += interest
        total_interest += interest
        balance += deposit
        if balance < 1000.0:
            balance -= fee
            total_fees += fee
        if month % 12 == 0:
            print(f"  year {month // 12:>2}: balance {balance:>12,.2f}  interest so far {total_interest:>10,.2f}  fees {total_fees:>6.2f}")
    return balance


def years_to_double(rate: float) -> int:
    balance = 1.0
    years = 0
    while balance < 2.0:
        balance *= 1.0 + rate
        years += 1
    return years


def main() -> None:
    global annual_rate
    print("scenario A: 500 start, 100/month, 5 years")
    a = simulate(500.0, 100.0, 5)
    print(f"final: {a:.2f} (repr {a!r})")
    print("scenario B: 10000 start, no deposits, 3 years")
    b = simulate(10000.0, 0.0, 3)
    print(f"final: {b:.2f}")
    annual_rate = 0.07
    print("scenario C: rate raised to 7%")
    c = simulate(0.0, 250.0, 4)
    print(f"final: {c:.2f}")
    for pct in [1, 2, 3, 5, 7, 10, 12]:
        r = pct / 100
        print(f"rate {pct:>2}% doubles in {years_to_double(r):>2} years (rule of 72 says {72 / pct:.1f})")
    loan = 20000.0
    monthly = 450.0
    months = 0
    paid = 0.0
    while loan > 0.0:
        loan += loan * 0.05 / 12
        pay = min(monthly, loan)
        loan -= pay
        paid += pay
        months += 1
    print(f"loan repaid in {months} months, total paid {paid:,.2f}, overpaid {paid - 20000.0:.2f}")


main()
