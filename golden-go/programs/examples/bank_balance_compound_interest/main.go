package main

import "fmt"

func grow_one_year(start, monthly_deposit, annual_rate float64) float64 {
	monthly_rate := annual_rate / 12.0
	balance := start
	for _month := 0; _month < 12; _month++ {
		balance += monthly_deposit
		balance *= 1.0 + monthly_rate
	}
	return balance
}

func years_to_reach(target, monthly_deposit, annual_rate float64) int {
	balance := 0.0
	years := 0
	for balance < target {
		balance = grow_one_year(balance, monthly_deposit, annual_rate)
		years += 1
	}
	return years
}

func main() {
	deposit := 250.0
	rate := 0.04
	balance := 1000.0
	deposited := 1000.0
	fmt.Println("year    balance   interest")
	for year := 1; year <= 5; year++ {
		balance = grow_one_year(balance, deposit, rate)
		deposited += deposit * 12.0
		fmt.Printf("%4d %10.2f %10.2f\n", year, balance, balance-deposited)
	}
	target := 50000.0
	fmt.Printf("years to reach %v: %v\n", target, years_to_reach(target, deposit, rate))
	loan := 10000.0
	months := 0
	for loan > 0.0 {
		loan *= 1.0 + 0.06/12.0
		loan -= 500.0
		months += 1
	}
	fmt.Printf("loan repaid after %d months, overpaid %.2f\n", months, -loan)
}
