package vault

func Lock(label string, code int) Safe {
	return Safe{Label: label, code: code}
}

func Opens(s Safe, guess int) bool {
	return s.code == guess
}
