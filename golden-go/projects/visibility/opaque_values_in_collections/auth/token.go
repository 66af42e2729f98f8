package auth

import lisette "lisette.dev/prelude"

type Token struct {
	User   string
	secret int
}

func (v Token) String() string {
	return "Token { user: " + lisette.FormatValue(v.User) + ", secret: " + lisette.FormatValue(v.secret) + " }"
}

func Issue(user string, seed int) Token {
	return Token{User: user, secret: seed * 7919 % 1000}
}

func Valid(t Token) bool {
	return t.secret%2 == 1
}
