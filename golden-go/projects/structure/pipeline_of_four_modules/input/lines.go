package input

func Raw() []string {
	return []string{"12", "x", "30", "", "7"}
}
