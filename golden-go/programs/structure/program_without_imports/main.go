package main

func checksum(n int) int {
	total := 0
	for i, more := 1, 1 <= n; more; i, more = i+1, i < n {
		total += i * i
	}
	return total
}

func main() {
	result := checksum(10)
	doubled := result * 2
	_ = doubled
}
