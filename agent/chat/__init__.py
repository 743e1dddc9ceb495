"""`sodsong chat`: an investigator's conversation in the terminal over the same tools and graph."""
