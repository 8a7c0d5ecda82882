""" "Ni sa – vi gjorde": the public page of what changed because children spoke up (``page``),
and the texts written for each age band that children read there (``child_words``).

Kept free of imports: the models are loaded through ``feedback.models``."""
